set(WF_SOURCES
    gatewaystate.h gatewaystate.cpp
    gatewayadapter.h gatewayadapter.cpp
    haproxyruntime.h haproxyruntime.cpp
    haproxyadapter.h haproxyadapter.cpp
    caddyadapter.h caddyadapter.cpp
    litellmadapter.h litellmadapter.cpp)
