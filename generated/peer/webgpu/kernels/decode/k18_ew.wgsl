// kernel k18_ew (compiler/std/moe.loom:157:22)
@group(0) @binding(0) var<storage, read> t131: array<f32>;
@group(0) @binding(1) var<storage, read> t136: array<f32>;
@group(0) @binding(2) var<storage, read_write> t142: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k18_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l140: f32 = t131[i / 8i];
  let l141: f32 = t136[i / 64i * 8i + i % 8i];
  let v142: f32 = l140 + l141;
  t142[i] = v142;
}
