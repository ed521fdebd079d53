# `format` rewrites the sources with the committed .clang-format; `format-check` fails on any drift (CI runs it).
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE SSHDOCTOR_FORMAT_SOURCES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${SSHDOCTOR_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Formatting sources with clang-format")
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${SSHDOCTOR_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Checking formatting with clang-format")
endif()
