# models/net: REST client (see restgateway.h, graphclient.h)
target_sources(watchfloor_models PRIVATE
    net/apierror.h net/apierror.cpp
    net/tokenprovider.h net/tokenprovider.cpp
    net/restgateway.h net/restgateway.cpp
    net/graphclient.h net/graphclient.cpp
)
