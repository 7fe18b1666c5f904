package vn.hoctap.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoveOnTest {

    @ParameterizedTest(name = "{0} with completed={1} passed={2} waived={3} is satisfied: {4}")
    @CsvSource({
            "NotApplicable, false, false, false, true",
            "Passed, true, false, false, false",
            "Passed, false, true, false, true",
            "Completed, true, false, false, true",
            "Completed, false, true, false, false",
            "CompletedAndPassed, true, false, false, false",
            "CompletedAndPassed, true, true, false, true",
            "CompletedOrPassed, false, true, false, true",
            "CompletedOrPassed, false, false, false, false",
            "CompletedAndPassed, false, false, true, true"})
    void an_au_is_satisfied_exactly_as_its_move_on_says(MoveOn moveOn, boolean completed, boolean passed,
            boolean waived, boolean satisfied) {
        assertThat(moveOn.satisfiedBy(completed, passed, waived)).isEqualTo(satisfied);
    }
}
