set(WF_SOURCES
    condition.h condition.cpp
    probe.h probe.cpp
    certificatereader.h certificatereader.cpp
    httpprobe.h httpprobe.cpp
    authprobe.h authprobe.cpp
    llmprobe.h llmprobe.cpp
    tcpprobe.h tcpprobe.cpp
    dnsprobe.h dnsprobe.cpp
    tlsprobe.h tlsprobe.cpp
    probescheduler.h probescheduler.cpp)
