# ui/hunting: the hunting page (KQL over the Sentinel workspace or Defender XDR hunting)
target_sources(watchfloor_ui PRIVATE
    hunting/huntingpage.h hunting/huntingpage.cpp
)
