// kernel k11_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t97: array<f32>;
@group(0) @binding(2) var<storage, read> t91: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t99: array<f32>;
@group(0) @binding(5) var<storage, read> t42: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t102: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l95: f32 = f32(i / 16i % 64i);
  let l96: f32 = in_pos[0i];
  let v97: bool = l95 == l96;
  t97[i] = f32(v97);
  let l98: f32 = t91[i / 1024i * 16i + i % 16i];
  let l93: f32 = p_layers_0_attn_cache_k[i];
  let v99: f32 = select(l93, l98, v97);
  t99[i] = v99;
  let l101: f32 = t42[i / 1024i * 16i + i % 16i];
  let l100: f32 = p_layers_0_attn_cache_v[i];
  let v102: f32 = select(l100, l101, v97);
  t102[i] = v102;
}
