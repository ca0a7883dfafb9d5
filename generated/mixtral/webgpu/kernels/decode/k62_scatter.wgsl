// kernel k62_scatter (compiler/std/moe.loom:31:22)
@group(0) @binding(0) var<storage, read_write> t321: array<f32>;
@group(0) @binding(1) var<storage, read> t308: array<f32>;
@group(0) @binding(2) var<storage, read> t315: array<f32>;
@group(0) @binding(3) var<storage, read> t317: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    var acc: f32 = 0.0f;
    for (var j: i32 = 0i; j < 2i; j++) {
      let l308: f32 = t308[j];
      if (i32(l308) == i / 64i) {
        let l315: f32 = t315[j * 64i + i];
        let l319: f32 = t317[j];
        let v320: f32 = l315 * l319;
        acc += v320;
      }
    }
    t321[i] = acc;
  }
}
