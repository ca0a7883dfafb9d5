// kernel k12_ew (dsl-examples/mla.loom:22:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t105: array<f32>;
@group(0) @binding(2) var<storage, read> t100: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_c_kv: array<f32>;
@group(0) @binding(4) var<storage, read_write> t107: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k12_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l103: f32 = f32(i / 16i);
  let l104: f32 = in_pos[0i];
  let v105: bool = l103 == l104;
  t105[i] = f32(v105);
  let l106: f32 = t100[i % 16i];
  let l101: f32 = p_layers_0_attn_cache_c_kv[i];
  let v107: f32 = select(l101, l106, v105);
  t107[i] = v107;
}
