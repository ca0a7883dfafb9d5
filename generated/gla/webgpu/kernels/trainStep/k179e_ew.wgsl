// kernel k179e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1056: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1065: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1061: array<f32>;
@group(0) @binding(5) var<storage, read> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t849: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1071: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1058: f32 = p_optim_v_layers_0_attn_wr_b[i];
    let v1062: f32 = l1058 * 0.95f;
    let x1056: f32 = t1056[i];
    let v1063: f32 = x1056 * x1056;
    let v1064: f32 = v1063 * 0.05f;
    let v1065: f32 = v1062 + v1064;
    t1065[i] = v1065;
    let l9: f32 = p_layers_0_attn_wr_b[i];
    let x1061: f32 = t1061[i];
    let v1066: f32 = sqrt(v1065);
    let l902: f32 = t850[0i];
    let v1067: f32 = v1066 / l902;
    let v1068: f32 = v1067 + 1e-8f;
    let v1069: f32 = x1061 / v1068;
    let l908: f32 = t849[0i];
    let v1070: f32 = v1069 * l908;
    let v1071: f32 = l9 - v1070;
    t1071[i] = v1071;
  }
}
