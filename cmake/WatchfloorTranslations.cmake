# Our one entry point to Qt's translation tooling. qt_add_translations changed its
# signature after Qt 6.4, so every target goes through these functions instead.
set(WATCHFLOOR_TS_FILES "${CMAKE_SOURCE_DIR}/translations/watchfloor_de.ts")

# Compiles the .ts files into .qm and embeds them under :/i18n in `target`.
function(watchfloor_add_translations target)
    qt_add_lrelease(${target}
        TS_FILES ${WATCHFLOOR_TS_FILES}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()

# Adds the `watchfloor_lupdate` target, which scans every source folder named
# (relative to the source root) into the .ts files.
function(watchfloor_translation_sources)
    set(sources)
    foreach(dir IN LISTS ARGN)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS
             "${CMAKE_SOURCE_DIR}/${dir}/*.cpp" "${CMAKE_SOURCE_DIR}/${dir}/*.h")
        list(APPEND sources ${found})
    endforeach()
    add_custom_target(watchfloor_lupdate
        COMMAND Qt6::lupdate -locations none -no-obsolete ${sources} -ts ${WATCHFLOOR_TS_FILES}
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
        COMMENT "Updating translations"
        VERBATIM)
endfunction()
