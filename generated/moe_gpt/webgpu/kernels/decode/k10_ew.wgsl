// kernel k10_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t103: array<f32>;
@group(0) @binding(2) var<storage, read> t97: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t105: array<f32>;
@group(0) @binding(5) var<storage, read> t50: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t108: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l101: f32 = f32(i / 16i % 64i);
  let l102: f32 = in_pos[0i];
  let v103: bool = l101 == l102;
  t103[i] = f32(v103);
  let l104: f32 = t97[i / 1024i * 16i + i % 16i];
  let l99: f32 = p_layers_0_attn_cache_k[i];
  let v105: f32 = select(l99, l104, v103);
  t105[i] = v105;
  let l107: f32 = t50[i / 1024i * 16i + i % 16i];
  let l106: f32 = p_layers_0_attn_cache_v[i];
  let v108: f32 = select(l106, l107, v103);
  t108[i] = v108;
}
