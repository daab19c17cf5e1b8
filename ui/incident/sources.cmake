# ui/incident: the incident page's parts (attack story, assets tab, entity pages).
target_sources(watchfloor_ui PRIVATE
    incident/attackstoryview.h incident/attackstoryview.cpp
    incident/storyitems.h incident/storyitems.cpp
)
