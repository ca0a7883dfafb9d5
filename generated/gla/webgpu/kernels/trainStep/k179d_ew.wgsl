// kernel k179d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1087: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1088: array<f32>;
@group(0) @binding(3) var<storage, read> t596: array<f32>;
@group(0) @binding(4) var<storage, read> t890: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1106: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1111: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_layers_0_attn_wa2_b[i];
    let x1087: f32 = t1087[i];
    let v1088: f32 = l7 - x1087;
    t1088[i] = v1088;
    let l597: f32 = t596[i];
    let l935: f32 = t890[0i];
    let v1106: f32 = l597 * l935;
    t1106[i] = v1106;
    let l1107: f32 = p_optim_m_layers_0_attn_wr_b[i];
    let v1109: f32 = l1107 * 0.9f;
    let v1110: f32 = v1106 * 0.1f;
    let v1111: f32 = v1109 + v1110;
    t1111[i] = v1111;
  }
}
