// kernel k85d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t859: array<f32>;
@group(0) @binding(2) var<storage, read_write> t860: array<f32>;
@group(0) @binding(3) var<storage, read> t202: array<f32>;
@group(0) @binding(4) var<storage, read> t562: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1011: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1016: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k85d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l11: f32 = p_layers_1_norm_g[i];
    let x859: f32 = t859[i];
    let v860: f32 = l11 - x859;
    t860[i] = v860;
    let l203: f32 = t202[i];
    let l607: f32 = t562[0i];
    let v1011: f32 = l203 * l607;
    t1011[i] = v1011;
    let l1012: f32 = p_optim_m_norm_g[i];
    let v1014: f32 = l1012 * 0.9f;
    let v1015: f32 = v1011 * 0.1f;
    let v1016: f32 = v1014 + v1015;
    t1016[i] = v1016;
  }
}
