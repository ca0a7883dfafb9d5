// kernel k158i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1018: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1019: array<f32>;
@group(0) @binding(3) var<storage, read> t573: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1037: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1042: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_blocks_0_attn_wv_b[i];
    let x1018: f32 = t1018[i];
    let v1019: f32 = l9 - x1018;
    t1019[i] = v1019;
    let l574: f32 = t573[i];
    let l879: f32 = t808[0i];
    let v1037: f32 = l574 * l879;
    t1037[i] = v1037;
    let l1038: f32 = p_optim_m_blocks_0_attn_wo_b[i];
    let v1040: f32 = l1038 * 0.9f;
    let v1041: f32 = v1037 * 0.1f;
    let v1042: f32 = v1040 + v1041;
    t1042[i] = v1042;
  }
}
