# One INTERFACE target that every SSH Doctor target links, so no target escapes the warnings.
add_library(sshdoctor_warnings INTERFACE)
target_compile_options(sshdoctor_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)
if(SSHDOCTOR_WERROR)
    target_compile_options(sshdoctor_warnings INTERFACE -Werror)
endif()
