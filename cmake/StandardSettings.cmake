# Compile settings every scopelint target links PRIVATE (ccache style): one place
# for the language level and the warning set, so g++ and clang builds agree.
add_library(scopelint_settings INTERFACE)
target_compile_features(scopelint_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(scopelint_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(scopelint_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # g++ 12 at -O2/-O3 reports std::string internals as overlapping memcpy
    # (GCC bug 105329, fixed in 13); nothing in our code is involved.
    target_compile_options(scopelint_warnings INTERFACE -Wno-restrict)
  endif()
  if(SCOPELINT_WARNINGS_AS_ERRORS)
    target_compile_options(scopelint_warnings INTERFACE -Werror)
  endif()
endif()
