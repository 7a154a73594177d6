set(WF_SOURCES
    database.h database.cpp
    migrations.h migrations.cpp
    store.h store.cpp
    timelinequery.h timelinequery.cpp)
