# models/story: the attack story graph, its view filter and its Graphviz layout.
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET GLOBAL libgvc libcgraph)
target_sources(watchfloor_models PRIVATE
    story/storygraph.h story/storygraph.cpp
    story/graphlayout.h story/graphlayout.cpp
)
target_link_libraries(watchfloor_models PRIVATE PkgConfig::GVC)
