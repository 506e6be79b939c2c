# sitrep_add_test(<name> SOURCES <files...> LIBS <targets...>)
# One QtTest executable per class or feature, registered with CTest. Every test runs with the
# offscreen platform, UTC and the C locale unless it sets its own, so results do not depend on
# the machine running them.
#
# BOTH_ENGINES: the test also runs against PostgreSQL, as <name>.postgresql: same executable,
# with SITREP_TEST_ENGINE=postgresql so that tests/support's createDatabase() makes a fresh
# database on the throwaway server that the "postgresql" fixture starts (tests/CMakeLists.txt).
# Labels: sqlite / postgresql, so either engine can be run alone (ctest -L postgresql).
# POSTGRESQL_ONLY: a test about servers themselves, registered only as <name>.postgresql.
function(sitrep_add_test name)
  cmake_parse_arguments(ARG "BOTH_ENGINES;POSTGRESQL_ONLY" "" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test sitrep_test_support ${ARG_LIBS})
  set(env "QT_QPA_PLATFORM=offscreen;TZ=UTC;LC_ALL=C.UTF-8;LANG=C.UTF-8;${ARG_ENVIRONMENT}")
  if(NOT ARG_POSTGRESQL_ONLY)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300 LABELS sqlite)
  endif()
  if((ARG_BOTH_ENGINES OR ARG_POSTGRESQL_ONLY) AND SITREP_TEST_POSTGRESQL)
    add_test(NAME ${name}.postgresql COMMAND ${name})
    set_tests_properties(${name}.postgresql PROPERTIES
      ENVIRONMENT "${env};SITREP_TEST_ENGINE=postgresql;SITREP_TEST_PG_STATE=${SITREP_TEST_PG_STATE}"
      FIXTURES_REQUIRED postgresql TIMEOUT 300 LABELS postgresql)
  endif()
endfunction()

# sitrep_add_tool_test(NAME <name> TOOL <program> PACKAGE <debian package> ARGS <args...>)
# A test that runs a program from PATH. Without the program it still exists: CTest reports it
# as skipped, and with CI set it fails (CTest would count a silent absence as green; the build
# root installs every such tool, ROOT_PACKAGES in ./dev). QtTests do the same through
# SITREP_REQUIRE_TOOL (tests/support/TestSupport.h).
function(sitrep_add_tool_test)
  cmake_parse_arguments(ARG "" "NAME;TOOL;PACKAGE" "ARGS" ${ARGN})
  string(MAKE_C_IDENTIFIER "SITREP_TOOL_${ARG_TOOL}" var)
  find_program(${var} ${ARG_TOOL})
  if(${var})
    add_test(NAME ${ARG_NAME} COMMAND ${${var}} ${ARG_ARGS})
  else()
    add_test(NAME ${ARG_NAME}
      COMMAND ${CMAKE_COMMAND} -DTOOL=${ARG_TOOL} -DPACKAGE=${ARG_PACKAGE}
              -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/MissingTool.cmake)
    set_tests_properties(${ARG_NAME} PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED: ")
  endif()
endfunction()
