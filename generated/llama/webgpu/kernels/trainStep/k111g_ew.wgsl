// kernel k111g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t912: array<f32>;
@group(0) @binding(2) var<storage, read> t591: array<f32>;
@group(0) @binding(3) var<storage, read_write> t914: array<f32>;
@group(0) @binding(4) var<storage, read> t238: array<f32>;
@group(0) @binding(5) var<storage, read> t582: array<f32>;
@group(0) @binding(6) var<storage, read_write> t966: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x912: f32 = t912[i];
    let l650: f32 = t591[0i];
    let v913: f32 = x912 * l650;
    let v914: f32 = l15 - v913;
    t914[i] = v914;
    let l239: f32 = t238[i];
    let l627: f32 = t582[0i];
    let v966: f32 = l239 * l627;
    t966[i] = v966;
  }
}
