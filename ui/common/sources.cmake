# ui/common: widgets and helpers shared by pages
target_sources(watchfloor_ui PRIVATE common/secretstore.h common/secretstore.cpp)
