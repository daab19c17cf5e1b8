# models/integration: the Sentinel / Defender for Cloud set-up read and changed over ARM,
# the rules (incident creation, automation, alert tuning), KQL queries over the Log
# Analytics and hunting APIs, and the duplicate doctor
target_sources(watchfloor_models PRIVATE
    integration/logquery.h integration/logquery.cpp
    integration/setup.h integration/setup.cpp
    integration/duplicatedoctor.h integration/duplicatedoctor.cpp
    integration/connectorvolume.h integration/connectorvolume.cpp
    integration/samplequeries.h integration/samplequeries.cpp
    integration/rules.h integration/rules.cpp
    integration/ruleservice.h integration/ruleservice.cpp
)
