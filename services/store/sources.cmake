set(WF_SOURCES
    banddays.h banddays.cpp
    database.h database.cpp
    latencyseries.h latencyseries.cpp
    migrations.h migrations.cpp
    rollupdays.h rollupdays.cpp
    store.h store.cpp
    timelinequery.h timelinequery.cpp)
