// kernel k36_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t261: array<f32>;
@group(0) @binding(1) var<storage, read_write> t267: array<f32>;
@group(0) @binding(2) var<storage, read> t265: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 2i < 1i) {
    let l262: f32 = t261[i / 4096i * 2048i + i / 1024i % 4i * 512i + i / 16i % 64i * 8i + i / 2i % 8i];
    t267[i] = l262;
  } else {
    let l266: f32 = t265[i / 4096i * 2048i + i / 1024i % 4i * 512i + i / 16i % 64i * 8i + i / 2i % 8i];
    t267[i] = l266;
  }
}
