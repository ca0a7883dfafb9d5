// kernel k111d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t755: array<f32>;
@group(0) @binding(2) var<storage, read_write> t756: array<f32>;
@group(0) @binding(3) var<storage, read> t350: array<f32>;
@group(0) @binding(4) var<storage, read> t584: array<f32>;
@group(0) @binding(5) var<storage, read_write> t826: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t831: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x755: f32 = t755[i];
    let v756: f32 = l6 - x755;
    t756[i] = v756;
    let l351: f32 = t350[i];
    let l629: f32 = t584[0i];
    let v826: f32 = l351 * l629;
    t826[i] = v826;
    let l827: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v829: f32 = l827 * 0.9f;
    let v830: f32 = v826 * 0.1f;
    let v831: f32 = v829 + v830;
    t831[i] = v831;
  }
}
