set(WF_SOURCES
    feedsnapshot.h feedsnapshot.cpp
    statemapping.h statemapping.cpp
    parsehelpers.h parsehelpers.cpp
    xmlfeed.h xmlfeed.cpp
    feedparser.h feedparser.cpp
    statuspageparser.h statuspageparser.cpp
    incidentioparser.h incidentioparser.cpp
    gcpparser.h gcpparser.cpp
    awscurrenteventsparser.h awscurrenteventsparser.cpp
    awsrssparser.h awsrssparser.cpp
    azurerssparser.h azurerssparser.cpp
    atomrssparser.h atomrssparser.cpp
    feedpoller.h feedpoller.cpp
    feedhistory.h feedhistory.cpp
    feedrecorder.h feedrecorder.cpp
    componentfilter.h)
