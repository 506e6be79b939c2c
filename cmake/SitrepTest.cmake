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
