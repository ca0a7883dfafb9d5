// kernel k73_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t371: array<f32>;
@group(0) @binding(1) var<storage, read> t358: array<f32>;
@group(0) @binding(2) var<storage, read> t365: array<f32>;
@group(0) @binding(3) var<storage, read> t367: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k73_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    var acc: f32 = 0.0f;
    for (var j: i32 = 0i; j < 2i; j++) {
      let l358: f32 = t358[j];
      if (i32(l358) == i / 64i) {
        let l365: f32 = t365[j * 64i + i];
        let l369: f32 = t367[j];
        let v370: f32 = l365 * l369;
        acc += v370;
      }
    }
    t371[i] = acc;
  }
}
