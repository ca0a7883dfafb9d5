// kernel k119n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read> t1082: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1083: array<f32>;
@group(0) @binding(3) var<storage, read> t707: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1084: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1089: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l8: f32 = p_blocks_0_att_mix_v[i];
    let x1082: f32 = t1082[i];
    let v1083: f32 = l8 - x1082;
    t1083[i] = v1083;
    let l707: f32 = t707[i];
    let l946: f32 = t901[0i];
    let v1084: f32 = l707 * l946;
    t1084[i] = v1084;
    let l1085: f32 = p_optim_m_blocks_0_att_mix_r[i];
    let v1087: f32 = l1085 * 0.9f;
    let v1088: f32 = v1084 * 0.1f;
    let v1089: f32 = v1087 + v1088;
    t1089[i] = v1089;
  }
}
