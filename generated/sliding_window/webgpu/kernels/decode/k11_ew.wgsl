// kernel k11_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t95: array<f32>;
@group(0) @binding(2) var<storage, read> t89: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t97: array<f32>;
@group(0) @binding(5) var<storage, read> t40: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t100: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l93: f32 = f32(i / 16i % 64i);
  let l94: f32 = in_pos[0i];
  let v95: bool = l93 == l94;
  t95[i] = f32(v95);
  let l96: f32 = t89[i / 1024i * 16i + i % 16i];
  let l91: f32 = p_layers_0_attn_cache_k[i];
  let v97: f32 = select(l91, l96, v95);
  t97[i] = v97;
  let l99: f32 = t40[i / 1024i * 16i + i % 16i];
  let l98: f32 = p_layers_0_attn_cache_v[i];
  let v100: f32 = select(l98, l99, v95);
  t100[i] = v100;
}
