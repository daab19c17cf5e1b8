# ui/queue: incident and alert queue pages
target_sources(watchfloor_ui PRIVATE
    queue/queuepages.h
    queue/queuepagecore.h queue/queuepagecore.cpp
    queue/queuetableview.h queue/queuetableview.cpp
    queue/filterpanel.h queue/filterpanel.cpp
    queue/flowlayout.h queue/flowlayout.cpp
    queue/managepane.h queue/managepane.cpp
    queue/detailhtml.h queue/detailhtml.cpp
    queue/csvexport.h queue/csvexport.cpp
    queue/edittracker.h queue/edittracker.cpp
    queue/queuestyle.h queue/queuestyle.cpp
)
