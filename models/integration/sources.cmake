# models/integration: Sentinel / Defender for Cloud set-up read and changed over ARM,
# and KQL queries over the Log Analytics and hunting APIs
target_sources(watchfloor_models PRIVATE
    integration/logquery.h integration/logquery.cpp
    integration/samplequeries.h integration/samplequeries.cpp
)
