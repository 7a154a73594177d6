set(WF_SOURCES
    httpclient.h httpclient.cpp)
