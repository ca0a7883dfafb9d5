// kernel k179c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1023: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1028: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1032: array<f32>;
@group(0) @binding(5) var<storage, read> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t849: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1037: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1024: f32 = p_optim_m_layers_0_attn_wa2_b[i];
    let v1026: f32 = l1024 * 0.9f;
    let x1023: f32 = t1023[i];
    let v1027: f32 = x1023 * 0.1f;
    let v1028: f32 = v1026 + v1027;
    t1028[i] = v1028;
    let l1025: f32 = p_optim_v_layers_0_attn_wa2_b[i];
    let v1029: f32 = l1025 * 0.95f;
    let v1030: f32 = x1023 * x1023;
    let v1031: f32 = v1030 * 0.05f;
    let v1032: f32 = v1029 + v1031;
    t1032[i] = v1032;
    let v1033: f32 = sqrt(v1032);
    let l902: f32 = t850[0i];
    let v1034: f32 = v1033 / l902;
    let v1035: f32 = v1034 + 1e-8f;
    let v1036: f32 = v1028 / v1035;
    let l908: f32 = t849[0i];
    let v1037: f32 = v1036 * l908;
    t1037[i] = v1037;
  }
}
