// kernel k30_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read> t185: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_local_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t193: array<f32>;
@group(0) @binding(4) var<storage, read> t136: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_local_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l189: f32 = f32(i / 16i % 64i);
  let l190: f32 = in_pos[0i];
  let v191: bool = l189 == l190;
  let l192: f32 = t185[i / 1024i * 16i + i % 16i];
  let l187: f32 = p_layers_0_local_cache_k[i];
  let v193: f32 = select(l187, l192, v191);
  t193[i] = v193;
  let l195: f32 = t136[i / 1024i * 16i + i % 16i];
  let l194: f32 = p_layers_0_local_cache_v[i];
  let v196: f32 = select(l194, l195, v191);
  t196[i] = v196;
}
