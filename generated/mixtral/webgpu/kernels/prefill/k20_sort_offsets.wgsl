// kernel k20_sort_offsets (compiler/std/moe.loom:21:12)
@group(0) @binding(0) var<storage, read_write> t149: array<f32>;
@group(0) @binding(1) var<storage, read> t115: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_sort_offsets(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 9i) {
    var cnt: i32 = 0i;
    for (var i_1: i32 = 0i; i_1 < 128i; i_1++) {
      let l147: f32 = t115[i_1];
      let key: i32 = i32(l147);
      if (key < i) {
        cnt += 1i;
      }
    }
    t149[i] = f32(cnt);
  }
}
