// kernel k13_topk_values (compiler/std/moe.loom:155:10)
@group(0) @binding(0) var<storage, read_write> t131: array<f32>;
@group(0) @binding(1) var<storage, read> t130: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13_topk_values(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 4i) {
    let i1: i32 = i % 4i;
    var pv: f32 = 0.0f;
    var pi: i32 = -1i;
    var bv: f32 = 0.0f;
    var bi: i32 = -1i;
    for (var j: i32 = 0i; j < 8i; j++) {
      bv = -3e+38f;
      bi = -1i;
      for (var c: i32 = 0i; c < 32i; c++) {
        let l130: f32 = t130[i1 * 32i + c];
        let v: f32 = select(-3e+38f, l130, l130 == l130);
        if ((pi < 0i || (v < pv || (v == pv && c > pi))) && (bi < 0i || v > bv)) {
          bv = v;
          bi = c;
        }
      }
      t131[i * 8i + j] = bv;
      pv = bv;
      pi = bi;
    }
  }
}
