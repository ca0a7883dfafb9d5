// kernel k179d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1037: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1038: array<f32>;
@group(0) @binding(3) var<storage, read> t556: array<f32>;
@group(0) @binding(4) var<storage, read> t840: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1056: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1061: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_layers_0_attn_wa2_b[i];
    let x1037: f32 = t1037[i];
    let v1038: f32 = l7 - x1037;
    t1038[i] = v1038;
    let l557: f32 = t556[i];
    let l885: f32 = t840[0i];
    let v1056: f32 = l557 * l885;
    t1056[i] = v1056;
    let l1057: f32 = p_optim_m_layers_0_attn_wr_b[i];
    let v1059: f32 = l1057 * 0.9f;
    let v1060: f32 = v1056 * 0.1f;
    let v1061: f32 = v1059 + v1060;
    t1061[i] = v1061;
  }
}
