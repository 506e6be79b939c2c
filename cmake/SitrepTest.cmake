# sitrep_add_test(<name> SOURCES <files...> LIBS <targets...>)
# One QtTest executable per class or feature, registered with CTest. Every test runs with the
# offscreen platform, UTC and the C locale unless it sets its own, so results do not depend on
# the machine running them.
function(sitrep_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test sitrep_test_support ${ARG_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=UTC;LC_ALL=C.UTF-8;LANG=C.UTF-8;${ARG_ENVIRONMENT}"
    TIMEOUT 300)
endfunction()
