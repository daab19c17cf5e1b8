# ui/common: widgets and helpers shared by pages
target_sources(watchfloor_ui PRIVATE
    common/secretstore.h common/secretstore.cpp
    common/toggleswitch.h common/toggleswitch.cpp
    common/sparkline.h common/sparkline.cpp
    common/entityicons.h common/entityicons.cpp
    common/chart.h common/chart.cpp
)
