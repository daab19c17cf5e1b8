# models/store: column store, local cache, pending edits, sync
target_sources(watchfloor_models PRIVATE
    store/stringpool.h
    store/queuestore.h store/queuestore.cpp
    store/localcache.h store/localcache.cpp
    store/syncservice.h store/syncservice.cpp
    store/editservice.h store/editservice.cpp
)
