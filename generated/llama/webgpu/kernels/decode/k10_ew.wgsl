// kernel k10_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t93: array<f32>;
@group(0) @binding(2) var<storage, read> t87: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t95: array<f32>;
@group(0) @binding(5) var<storage, read> t40: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t98: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l91: f32 = f32(i / 16i % 64i);
  let l92: f32 = in_pos[0i];
  let v93: bool = l91 == l92;
  t93[i] = f32(v93);
  let l94: f32 = t87[i / 1024i * 16i + i % 16i];
  let l89: f32 = p_layers_0_attn_cache_k[i];
  let v95: f32 = select(l89, l94, v93);
  t95[i] = v95;
  let l97: f32 = t40[i / 1024i * 16i + i % 16i];
  let l96: f32 = p_layers_0_attn_cache_v[i];
  let v98: f32 = select(l96, l97, v93);
  t98[i] = v98;
}
