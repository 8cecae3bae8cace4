package se.styrkort.budget.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A structure's rows as the JSON text of its column. A mapper of its own: the REST mapper's
 * settings are the API's, and the stored form should not change with them.
 */
@Converter
public class AccountsColumn implements AttributeConverter<List<Account>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Account>> ACCOUNTS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Account> accounts) {
        try {
            return JSON.writeValueAsString(accounts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an account structure's rows", e);
        }
    }

    @Override
    public List<Account> convertToEntityAttribute(String text) {
        try {
            return List.copyOf(JSON.readValue(text, ACCOUNTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an account structure's rows", e);
        }
    }
}
