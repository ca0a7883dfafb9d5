// kernel k17_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t111: array<f32>;
@group(0) @binding(1) var<storage, read> t116: array<f32>;
@group(0) @binding(2) var<storage, read_write> t122: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l120: f32 = t111[i / 8i];
  let l121: f32 = t116[i / 64i * 8i + i % 8i];
  let v122: f32 = l120 + l121;
  t122[i] = v122;
}
