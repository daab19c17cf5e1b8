# ui/connectors: the connectors area (overview with status and volume), the subscription-
# based and tenant-based Defender for Cloud connector pages, the Defender XDR connector and
# settings pages, and the duplicate doctor
target_sources(watchfloor_ui PRIVATE
    connectors/connectorsarea.h connectors/connectorsarea.cpp
    connectors/legacyconnectorpage.h connectors/legacyconnectorpage.cpp
    connectors/tenantpages.h connectors/tenantpages.cpp
    connectors/doctorpanel.h connectors/doctorpanel.cpp
)
