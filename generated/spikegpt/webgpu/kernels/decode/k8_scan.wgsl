// kernel k8_scan (compiler/std/ssm.loom:65:10)
@group(0) @binding(0) var<storage, read_write> t102: array<f32>;
@group(0) @binding(1) var<storage, read> p_recurrent_0_a: array<f32>;
@group(0) @binding(2) var<storage, read> p_recurrent_0_b: array<f32>;
@group(0) @binding(3) var<storage, read> p_recurrent_0_p: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_att_time_first: array<f32>;
@group(0) @binding(5) var<storage, read> t91: array<f32>;
@group(0) @binding(6) var<storage, read> t98: array<f32>;
@group(0) @binding(7) var<storage, read> t83: array<f32>;
var<workgroup> v7: array<f32, 64>;
var<workgroup> v8: array<f32, 64>;
var<workgroup> v9: array<f32, 64>;
var<workgroup> v10: array<f32, 64>;
var<workgroup> v11: array<f32, 64>;
var<workgroup> v12: array<f32, 64>;
var<workgroup> v13: array<f32, 64>;
var<workgroup> v14: array<f32, 64>;
var<workgroup> v15: array<f32, 64>;
var<workgroup> v16: array<f32, 64>;
var<workgroup> v17: array<f32, 64>;
var<workgroup> v18: array<f32, 64>;
var<workgroup> v19: array<f32, 64>;
var<workgroup> v20: array<f32, 64>;
var<workgroup> v21: array<f32, 64>;
var<workgroup> v22: array<f32, 64>;
var<workgroup> v23: array<f32, 64>;
var<workgroup> v24: array<f32, 64>;
var<workgroup> v25: array<f32, 64>;
var<workgroup> v26: array<f32, 64>;
var<workgroup> v27: array<f32, 64>;
var<workgroup> v28: array<f32, 64>;
var<workgroup> v29: array<f32, 64>;
var<workgroup> v30: array<f32, 64>;
var<workgroup> v31: array<f32, 64>;
var<workgroup> v32: array<f32, 64>;
var<workgroup> v33: array<f32, 64>;
var<workgroup> v34: array<f32, 64>;
var<workgroup> v35: array<f32, 64>;
var<workgroup> v36: array<f32, 64>;
var<workgroup> v37: array<f32, 64>;
var<workgroup> v38: array<f32, 64>;
var<workgroup> v39: array<f32, 64>;
var<workgroup> v40: array<f32, 64>;
var<workgroup> v41: array<f32, 64>;
var<workgroup> v42: array<f32, 64>;
var<workgroup> v43: array<f32, 64>;
var<workgroup> v44: array<f32, 64>;
var<workgroup> v45: array<f32, 64>;
var<workgroup> v46: array<f32, 64>;
var<workgroup> v47: array<f32, 64>;
var<workgroup> v48: array<f32, 64>;
var<workgroup> v49: array<f32, 64>;
var<workgroup> state0: array<f32, 64>;
var<workgroup> state1: array<f32, 64>;
var<workgroup> state2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k8_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 64i; e += 64i) {
    let l99: f32 = p_recurrent_0_a[e % 64i];
    state0[e] = l99;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 64i; e_1 += 64i) {
    let l100: f32 = p_recurrent_0_b[e_1 % 64i];
    state1[e_1] = l100;
  }
  for (var e_2: i32 = i32(loom_lid.x); e_2 < 64i; e_2 += 64i) {
    let l101: f32 = p_recurrent_0_p[e_2 % 64i];
    state2[e_2] = l101;
  }
  workgroupBarrier();
  for (var step: i32 = 0i; step < 1i; step++) {
    let t: i32 = step;
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 64i; e_3 += 64i) {
      let l6: f32 = p_blocks_0_att_time_first[e_3 % 64i];
      v7[e_3] = l6;
    }
    workgroupBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 64i; e_4 += 64i) {
      let a: f32 = v7[e_4];
      let l91: f32 = t91[e_4 % 64i];
      v8[e_4] = a + l91;
    }
    workgroupBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 64i; e_5 += 64i) {
      let a_1: f32 = state2[e_5];
      let a_2: f32 = v8[e_5];
      v9[e_5] = max(a_1, a_2);
    }
    workgroupBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 64i; e_6 += 64i) {
      let a_3: f32 = v9[e_6];
      v10[e_6] = a_3;
    }
    workgroupBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 64i; e_7 += 64i) {
      let a_4: f32 = state2[e_7];
      let a_5: f32 = v10[e_7];
      v11[e_7] = a_4 - a_5;
    }
    workgroupBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 64i; e_8 += 64i) {
      let a_6: f32 = v11[e_8];
      v12[e_8] = exp(a_6);
    }
    workgroupBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 64i; e_9 += 64i) {
      let a_7: f32 = v12[e_9];
      let a_8: f32 = state0[e_9];
      v13[e_9] = a_7 * a_8;
    }
    workgroupBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 64i; e_10 += 64i) {
      let l6_1: f32 = p_blocks_0_att_time_first[e_10 % 64i];
      v14[e_10] = l6_1;
    }
    workgroupBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 64i; e_11 += 64i) {
      let a_9: f32 = v14[e_11];
      let l91_1: f32 = t91[e_11 % 64i];
      v15[e_11] = a_9 + l91_1;
    }
    workgroupBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 64i; e_12 += 64i) {
      let a_10: f32 = v15[e_12];
      let a_11: f32 = v10[e_12];
      v16[e_12] = a_10 - a_11;
    }
    workgroupBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 64i; e_13 += 64i) {
      let a_12: f32 = v16[e_13];
      v17[e_13] = exp(a_12);
    }
    workgroupBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 64i; e_14 += 64i) {
      let a_13: f32 = v17[e_14];
      let l98: f32 = t98[e_14 % 64i];
      v18[e_14] = a_13 * l98;
    }
    workgroupBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 64i; e_15 += 64i) {
      let a_14: f32 = v13[e_15];
      let a_15: f32 = v18[e_15];
      v19[e_15] = a_14 + a_15;
    }
    workgroupBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 64i; e_16 += 64i) {
      let a_16: f32 = state2[e_16];
      let a_17: f32 = v10[e_16];
      v20[e_16] = a_16 - a_17;
    }
    workgroupBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 64i; e_17 += 64i) {
      let a_18: f32 = v20[e_17];
      v21[e_17] = exp(a_18);
    }
    workgroupBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 64i; e_18 += 64i) {
      let a_19: f32 = v21[e_18];
      let a_20: f32 = state1[e_18];
      v22[e_18] = a_19 * a_20;
    }
    workgroupBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 64i; e_19 += 64i) {
      let l6_2: f32 = p_blocks_0_att_time_first[e_19 % 64i];
      v23[e_19] = l6_2;
    }
    workgroupBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 64i; e_20 += 64i) {
      let a_21: f32 = v23[e_20];
      let l91_2: f32 = t91[e_20 % 64i];
      v24[e_20] = a_21 + l91_2;
    }
    workgroupBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 64i; e_21 += 64i) {
      let a_22: f32 = v24[e_21];
      let a_23: f32 = v10[e_21];
      v25[e_21] = a_22 - a_23;
    }
    workgroupBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 64i; e_22 += 64i) {
      let a_24: f32 = v25[e_22];
      v26[e_22] = exp(a_24);
    }
    workgroupBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 64i; e_23 += 64i) {
      let a_25: f32 = v22[e_23];
      let a_26: f32 = v26[e_23];
      v27[e_23] = a_25 + a_26;
    }
    workgroupBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 64i; e_24 += 64i) {
      let a_27: f32 = v19[e_24];
      let a_28: f32 = v27[e_24];
      v28[e_24] = a_27 / a_28;
    }
    workgroupBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 64i; e_25 += 64i) {
      let l83: f32 = t83[e_25 % 64i];
      v29[e_25] = l83;
    }
    workgroupBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 64i; e_26 += 64i) {
      let a_29: f32 = state2[e_26];
      let a_30: f32 = v29[e_26];
      v30[e_26] = a_29 - a_30;
    }
    workgroupBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 64i; e_27 += 64i) {
      let a_31: f32 = v30[e_27];
      let l91_3: f32 = t91[e_27 % 64i];
      v31[e_27] = max(a_31, l91_3);
    }
    workgroupBarrier();
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 64i; e_28 += 64i) {
      let a_32: f32 = v31[e_28];
      v32[e_28] = a_32;
    }
    workgroupBarrier();
    for (var e_29: i32 = i32(loom_lid.x); e_29 < 64i; e_29 += 64i) {
      let l83_1: f32 = t83[e_29 % 64i];
      v33[e_29] = l83_1;
    }
    workgroupBarrier();
    for (var e_30: i32 = i32(loom_lid.x); e_30 < 64i; e_30 += 64i) {
      let a_33: f32 = state2[e_30];
      let a_34: f32 = v33[e_30];
      v34[e_30] = a_33 - a_34;
    }
    workgroupBarrier();
    for (var e_31: i32 = i32(loom_lid.x); e_31 < 64i; e_31 += 64i) {
      let a_35: f32 = v34[e_31];
      let a_36: f32 = v32[e_31];
      v35[e_31] = a_35 - a_36;
    }
    workgroupBarrier();
    for (var e_32: i32 = i32(loom_lid.x); e_32 < 64i; e_32 += 64i) {
      let a_37: f32 = v35[e_32];
      v36[e_32] = exp(a_37);
    }
    workgroupBarrier();
    for (var e_33: i32 = i32(loom_lid.x); e_33 < 64i; e_33 += 64i) {
      let a_38: f32 = v36[e_33];
      let a_39: f32 = state0[e_33];
      v37[e_33] = a_38 * a_39;
    }
    workgroupBarrier();
    for (var e_34: i32 = i32(loom_lid.x); e_34 < 64i; e_34 += 64i) {
      let l91_4: f32 = t91[e_34 % 64i];
      let a_40: f32 = v32[e_34];
      v38[e_34] = l91_4 - a_40;
    }
    workgroupBarrier();
    for (var e_35: i32 = i32(loom_lid.x); e_35 < 64i; e_35 += 64i) {
      let a_41: f32 = v38[e_35];
      v39[e_35] = exp(a_41);
    }
    workgroupBarrier();
    for (var e_36: i32 = i32(loom_lid.x); e_36 < 64i; e_36 += 64i) {
      let a_42: f32 = v39[e_36];
      let l98_1: f32 = t98[e_36 % 64i];
      v40[e_36] = a_42 * l98_1;
    }
    workgroupBarrier();
    for (var e_37: i32 = i32(loom_lid.x); e_37 < 64i; e_37 += 64i) {
      let a_43: f32 = v37[e_37];
      let a_44: f32 = v40[e_37];
      v41[e_37] = a_43 + a_44;
    }
    workgroupBarrier();
    for (var e_38: i32 = i32(loom_lid.x); e_38 < 64i; e_38 += 64i) {
      let l83_2: f32 = t83[e_38 % 64i];
      v42[e_38] = l83_2;
    }
    workgroupBarrier();
    for (var e_39: i32 = i32(loom_lid.x); e_39 < 64i; e_39 += 64i) {
      let a_45: f32 = state2[e_39];
      let a_46: f32 = v42[e_39];
      v43[e_39] = a_45 - a_46;
    }
    workgroupBarrier();
    for (var e_40: i32 = i32(loom_lid.x); e_40 < 64i; e_40 += 64i) {
      let a_47: f32 = v43[e_40];
      let a_48: f32 = v32[e_40];
      v44[e_40] = a_47 - a_48;
    }
    workgroupBarrier();
    for (var e_41: i32 = i32(loom_lid.x); e_41 < 64i; e_41 += 64i) {
      let a_49: f32 = v44[e_41];
      v45[e_41] = exp(a_49);
    }
    workgroupBarrier();
    for (var e_42: i32 = i32(loom_lid.x); e_42 < 64i; e_42 += 64i) {
      let a_50: f32 = v45[e_42];
      let a_51: f32 = state1[e_42];
      v46[e_42] = a_50 * a_51;
    }
    workgroupBarrier();
    for (var e_43: i32 = i32(loom_lid.x); e_43 < 64i; e_43 += 64i) {
      let l91_5: f32 = t91[e_43 % 64i];
      let a_52: f32 = v32[e_43];
      v47[e_43] = l91_5 - a_52;
    }
    workgroupBarrier();
    for (var e_44: i32 = i32(loom_lid.x); e_44 < 64i; e_44 += 64i) {
      let a_53: f32 = v47[e_44];
      v48[e_44] = exp(a_53);
    }
    workgroupBarrier();
    for (var e_45: i32 = i32(loom_lid.x); e_45 < 64i; e_45 += 64i) {
      let a_54: f32 = v46[e_45];
      let a_55: f32 = v48[e_45];
      v49[e_45] = a_54 + a_55;
    }
    workgroupBarrier();
    for (var e_46: i32 = i32(loom_lid.x); e_46 < 64i; e_46 += 64i) {
      t102[t * 64i + e_46] = v28[e_46];
    }
    for (var e_47: i32 = i32(loom_lid.x); e_47 < 64i; e_47 += 64i) {
      state0[e_47] = v41[e_47];
    }
    for (var e_48: i32 = i32(loom_lid.x); e_48 < 64i; e_48 += 64i) {
      state1[e_48] = v49[e_48];
    }
    for (var e_49: i32 = i32(loom_lid.x); e_49 < 64i; e_49 += 64i) {
      state2[e_49] = v32[e_49];
    }
    workgroupBarrier();
  }
  for (var e_50: i32 = i32(loom_lid.x); e_50 < 64i; e_50 += 64i) {
    t102[64i + e_50] = state0[e_50];
  }
  for (var e_51: i32 = i32(loom_lid.x); e_51 < 64i; e_51 += 64i) {
    t102[128i + e_51] = state1[e_51];
  }
  for (var e_52: i32 = i32(loom_lid.x); e_52 < 64i; e_52 += 64i) {
    t102[192i + e_52] = state2[e_52];
  }
}
