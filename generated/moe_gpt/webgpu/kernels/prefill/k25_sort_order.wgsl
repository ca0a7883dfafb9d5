// kernel k25_sort_order (compiler/std/moe.loom:21:12)
@group(0) @binding(0) var<storage, read_write> t181: array<f32>;
@group(0) @binding(1) var<storage, read> t144: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_sort_order(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l180: f32 = t144[i];
    let mine: i32 = i32(l180);
    var pos: i32 = 0i;
    for (var i_1: i32 = 0i; i_1 < 128i; i_1++) {
      let l180_1: f32 = t144[i_1];
      let key: i32 = i32(l180_1);
      if (key < mine || (key == mine && i_1 < i)) {
        pos += 1i;
      }
    }
    t181[pos] = f32(i);
  }
}
