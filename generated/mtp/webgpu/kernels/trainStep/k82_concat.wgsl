// kernel k82_concat (compiler/std/mtp.loom:19:12)
@group(0) @binding(0) var<storage, read> t289: array<f32>;
@group(0) @binding(1) var<storage, read_write> t483: array<f32>;
@group(0) @binding(2) var<storage, read> t353: array<f32>;
@group(0) @binding(3) var<storage, read> t417: array<f32>;
@group(0) @binding(4) var<storage, read> t481: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k82_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 64i % 4i < 1i) {
    let l290: f32 = t289[i / 16384i * 4096i + i / 256i % 64i * 64i + i % 64i];
    t483[i] = l290;
  } else if (i / 64i % 4i < 2i) {
    let l354: f32 = t353[i / 16384i * 4096i + i / 256i % 64i * 64i + i % 64i];
    t483[i] = l354;
  } else if (i / 64i % 4i < 3i) {
    let l418: f32 = t417[i / 16384i * 4096i + i / 256i % 64i * 64i + i % 64i];
    t483[i] = l418;
  } else {
    let l482: f32 = t481[i / 16384i * 4096i + i / 256i % 64i * 64i + i % 64i];
    t483[i] = l482;
  }
}
