package vn.cdtt.web.common;

import java.io.Serializable;

/**
 * One number a form asks for, by a key (a service helped, a target metric): a typed holder, so the page's number
 * input converts to an Integer (a Map entry in EL would not know its type).
 */
public class NumberField<K extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final K key;
    private Integer value;

    public NumberField(K key, Integer value) {
        this.key = key;
        this.value = value;
    }

    public K getKey() {
        return key;
    }

    public Integer getValue() {
        return value;
    }

    public void setValue(Integer value) {
        this.value = value;
    }
}
