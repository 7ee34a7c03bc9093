package org.qbank.bank.knowledge;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.qbank.bank.common.Level;

/** Stores a {@link Level} as its certificate number 5..1. */
@Converter
public class LevelNumberConverter implements AttributeConverter<Level, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Level level) {
        return level == null ? null : level.number();
    }

    @Override
    public Level convertToEntityAttribute(Integer number) {
        return number == null ? null : Level.ofNumber(number);
    }
}
